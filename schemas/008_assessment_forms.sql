-- peer journal, schema version 8: a placement can name the assessment form its midway and final
-- talks judge students by (docs/assessment-form.md). The form is kept whole, as the JSON of
-- `peer --json assess form` (schemas/assessment-form.schema.json), so that a journal that
-- joined the placement from a handout or an export holds the form its teacher gave.
ALTER TABLE placement ADD COLUMN assessment_form TEXT
    CHECK (assessment_form IS NULL OR json_valid(assessment_form));
