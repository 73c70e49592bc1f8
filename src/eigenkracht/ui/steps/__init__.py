"""What a step is: the protocol every screen of a guided sequence follows (the
kitchen-table conversation and the citizen's self-assessment). See protocol.py."""
