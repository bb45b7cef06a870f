"""The one DataJoint schema (``<prefix>_deep``) that every module of this package declares its tables in."""

import datajoint as dj

schema = dj.Schema()
