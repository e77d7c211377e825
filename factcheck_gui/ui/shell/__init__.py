"""The main window and what holds it together: the workspace model, the action registry,
the menus, and the route by which store changes reach the screen."""
