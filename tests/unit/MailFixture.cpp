#include "DocumentFixtures.h"
