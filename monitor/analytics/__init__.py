"""Every figure repwatch shows or sends, computed once, in SQL, for the dashboard and the e-mails alike."""
