#include "AuditDialog.h"
