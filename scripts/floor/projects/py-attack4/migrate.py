import os

# The defect: the folder is migrations/postgres (plural).
MIGRATIONS = "migration/postgres"


def pending():
    return sorted(os.listdir(MIGRATIONS))
