"""The Welzijn op Recept trajectory: a GP's referral to a welfare organisation and what the
coach does with it. Pure Python, no Flask and no store: code lists (ICPC-1, referrer types,
reason codes), the Task status workflow, the contact deadline in working days, the check for
identifiers in free text, and the HL7 FHIR R4 mapping (ServiceRequest in, Task out)."""
