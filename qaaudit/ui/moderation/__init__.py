"""The Moderation page: pick a completed audit, read it, agree or record another judgement,
judge the quality of the audit, and see how consistent auditors are."""
