#include "documents/ZipContainer.h"
