// SPDX-License-Identifier: MIT
// What the fuzz targets share: stopping on broken invariants and on undefined behaviour, and cutting an input into
// the pieces a socket might deliver. Included by the one source file of each target.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>
#include <limits>

// Undefined behaviour must stop the run so that libFuzzer reports it.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

// An invariant that does not hold ends the run as a crash, with the input kept.
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

// All at once, byte by byte, pseudo-random sizes, or a fixed size, by one selector byte.
class PieceSizer
{
public:
    explicit PieceSizer(std::uint8_t selector) : m_mode(selector % 4), m_state(selector) {}

    qsizetype next()
    {
        switch (m_mode) {
        case 0: return std::numeric_limits<qsizetype>::max();
        case 1: return 1;
        case 2: m_state = m_state * 1103515245u + 12345u; return 1 + (m_state >> 16) % 16;
        default: return 1 + m_state / 4;
        }
    }

private:
    unsigned m_mode;
    std::uint32_t m_state;
};
