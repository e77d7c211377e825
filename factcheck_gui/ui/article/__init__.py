"""The article on screen: its text and highlights, correcting the text, versions, and
the claims to look at after a change."""
