"""Qt widgets and Qt models; they talk to the model layer through plain calls and signals."""
