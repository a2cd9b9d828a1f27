// SPDX-License-Identifier: MIT
// For the fuzz targets: how an input is cut into the pieces a socket might deliver.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <limits>

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
