"""The paper's methods as pure functions on numpy arrays: no database, no NWB."""
