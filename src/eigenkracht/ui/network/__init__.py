"""The own network (netwerkkaart): the editor page of the conversation, the drawn map
on screen, and the comparison of two moments (then and now)."""
