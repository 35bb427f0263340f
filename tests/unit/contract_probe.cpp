// Compiled by ctest, never linked: naming an answer that is not in the content contract must stop
// the compilation (contract_rejects_unknown_answer), and a real one must not (contract_accepts_known_answer).
#include "core/contract.hpp"

#ifdef PROBE_KNOWN
constexpr auto probe = phasecheck::contract::answer("scale_unchanged", "yes");
#else
constexpr auto probe = phasecheck::contract::answer("scale_unchanged", "maybe");
#endif
