#pragma once

// Filled in by issue 18.
