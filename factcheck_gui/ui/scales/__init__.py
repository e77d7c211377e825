"""Rating scales: the editor, relabelling old verdicts, and how verdicts look."""
