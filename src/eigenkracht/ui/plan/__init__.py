"""The goals and plan steps of the conversation, printing, signing, then and now."""
