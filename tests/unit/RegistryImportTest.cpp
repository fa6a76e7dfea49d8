// RegistryImportTest: filled in by issue 18.
#include "TestSupport.h"
