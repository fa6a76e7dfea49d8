#pragma once

#include <QString>

namespace kilotse {

// Per-user folder for logs and other state: $XDG_STATE_HOME/ki-lotse (default ~/.local/state/ki-lotse).
// Not created here.
QString stateDirectory();

} // namespace kilotse
