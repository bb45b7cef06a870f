"""Subject, Session, Nwbfile, Stimulus and Trial: what ingestion reads from each NWB file; Cohort: the
sessions that cohort-level results pool."""

from __future__ import annotations

import datajoint as dj

schema = dj.Schema()


@schema
class Subject(dj.Manual):
    definition = """
    # A mouse. role 'prototype' marks the designated prototype mouse, excluded from all other analyses
    subject_id          : varchar(32)
    ---
    species             : varchar(64)
    sex                 : char(1)            # M, F, U or O
    age = ""            : varchar(32)        # ISO 8601 duration, e.g. P84D
    date_of_birth = null : date
    genotype            : varchar(128)
    cell_type = ""      : varchar(16)        # neuron type recorded with photometry: DA, GABA, Glu, pan
    role = "analysis"   : varchar(16)        # analysis | prototype
    subject_group = ""  : varchar(32)        # e.g. eNpHR | eYFP
    description = ""    : varchar(1000)
    """


@schema
class Session(dj.Manual):
    definition = """
    -> Subject
    session_id          : varchar(32)
    ---
    session_start_time  : datetime
    experimenter        : varchar(255)
    lab = ""            : varchar(128)
    institution = ""    : varchar(128)
    protocol = ""       : varchar(64)
    session_description = "" : varchar(2000)
    """


@schema
class Nwbfile(dj.Manual):
    definition = """
    # The session's NWB file (the source of truth) and the object ids of the data the tables read
    -> Session
    ---
    nwb_path            : varchar(1024)      # absolute path at ingestion
    sha256              : char(64)
    size_bytes          : int64
    nwb_object_id       : varchar(40)
    video_object_id = ""      : varchar(40)
    pose_object_id = ""       : varchar(40)
    landmarks_object_id = ""  : varchar(40)  # hand-placed registration landmarks
    photometry_object_id = "" : varchar(40)  # signal series; control series id below
    control_object_id = ""    : varchar(40)
    trials_object_id = ""     : varchar(40)
    opto_object_id = ""       : varchar(40)
    injection_object_id = ""  : varchar(40)
    """


@schema
class Stimulus(dj.Lookup):
    definition = """
    stimulus            : varchar(32)
    ---
    default_valence     : varchar(16)
    description = ""    : varchar(255)
    """
    contents = [
        {"stimulus": stimulus, "default_valence": valence, "description": description}
        for stimulus, valence, description in (
            ("sucrose", "positive", "sucrose 4 %"),
            ("nacl", "positive", "NaCl 75 mM"),
            ("bitter", "negative", "denatonium 5 mM"),
            ("shock", "negative", "tail shock 0.4 mA"),
            ("water", "neutral", "water (control)"),
        )
    ]


@schema
class Valence(dj.Lookup):
    definition = """
    valence             : varchar(16)
    """
    contents = [{"valence": v} for v in ("positive", "negative", "neutral")]


@schema
class Trial(dj.Manual):
    definition = """
    # One stimulus presentation, from the NWB trials table (row index = trial_id)
    -> Session
    trial_id            : int32
    ---
    -> Stimulus
    -> Valence
    start_time          : float64            # s, session clock
    stop_time           : float64
    laser_on = 0        : bool
    """


@schema
class Injection(dj.Manual):
    definition = """
    # Drug injection of a drug session (paper, Fig. 3: 15 min baseline, i.p. injection, 60 min),
    # from the NWB file's DrugInjection events
    -> Session
    injection_id        : int16
    ---
    drug                : varchar(32)        # lower case: saline, ethanol, licl, dom, ...
    dose = ""           : varchar(64)
    route = ""          : varchar(32)
    time_s              : float64            # s, session clock
    """


#: The cohort every lab has: all analysis sessions (the prototype mouse stays out of every analysis).
DEFAULT_COHORT = "all"


@schema
class Cohort(dj.Manual):
    definition = """
    # A named set of analysis sessions that cohort-level results pool (DataJoint Elements' selection
    # pattern). An automatic cohort's membership is recomputed from its restriction whenever sessions
    # arrive; a fixed one keeps the members it was made with.
    cohort              : varchar(32)
    ---
    restriction = ""    : varchar(2000)   # SQL condition on Subject * Session; '' = every analysis session
    automatic = 1       : bool            # 1: membership follows the restriction as sessions are added
    description = ""    : varchar(255)
    """

    class Member(dj.Part):
        definition = """
        -> master
        -> Session
        """
