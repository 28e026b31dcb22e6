"""Where usage comes from: call/SMS/data records and the needs questionnaire."""
