"""Every undoable edit (one store call each) and the undo stack's driver."""
