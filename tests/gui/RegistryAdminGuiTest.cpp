// Registry administration in the GUI (issue 18).
#include "TestSupport.h"
