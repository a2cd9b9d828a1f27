// SPDX-License-Identifier: MIT
#include "http/httpdate.h"

#include <QMutex>

namespace Http::HttpDate {

namespace {
constexpr char kDays[7][4] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr char kMonths[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// "Thu, 30 Mar 2023 08:38:32 GMT"
//  0    5  8   12   17 20 23 25
constexpr qsizetype kLength = 29;

void appendTwoDigits(QByteArray &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

// Index of the three-letter name in names (case-insensitive), or -1.
template<int N> int nameIndex(QByteArrayView text, const char (&names)[N][4])
{
    for (int i = 0; i < N; ++i) {
        if (text.compare(QByteArrayView(names[i], 3), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// The value of text[from, from + count) as decimal digits, or -1.
int digits(QByteArrayView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool separatorsInPlace(QByteArrayView t)
{
    return t[3] == ',' && t[4] == ' ' && t[7] == ' ' && t[11] == ' ' && t[16] == ' ' && t[19] == ':' && t[22] == ':' &&
           t.sliced(25) == " GMT";
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}
} // namespace

QByteArray format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return {};
    QByteArray out;
    out.reserve(kLength);
    out += QByteArrayView(kDays[d.dayOfWeek() - 1], 3);
    out += ", ";
    appendTwoDigits(out, d.day());
    out += ' ';
    out += QByteArrayView(kMonths[d.month() - 1], 3);
    out += ' ';
    appendTwoDigits(out, d.year() / 100);
    appendTwoDigits(out, d.year() % 100);
    out += ' ';
    appendTwoDigits(out, t.hour());
    out += ':';
    appendTwoDigits(out, t.minute());
    out += ':';
    appendTwoDigits(out, t.second());
    out += " GMT";
    return out;
}

QDateTime parse(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t.size() != kLength || !separatorsInPlace(t))
        return {};
    const int weekday = nameIndex(t.first(3), kDays);
    const int month = nameIndex(t.sliced(8, 3), kMonths);
    const QDate date(digits(t, 12, 4), month + 1, digits(t, 5, 2));
    const QTime time(digits(t, 17, 2), digits(t, 20, 2), digits(t, 23, 2));
    if (weekday < 0 || month < 0 || !date.isValid() || !time.isValid() || date.dayOfWeek() != weekday + 1)
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QByteArray now()
{
    static QMutex mutex;
    static qint64 cachedSecond = -1;
    static QByteArray cached;
    const QDateTime current = QDateTime::currentDateTimeUtc();
    const qint64 second = current.toSecsSinceEpoch();
    QMutexLocker lock(&mutex);
    if (second != cachedSecond) {
        cached = format(current);
        cachedSecond = second;
    }
    return cached;
}

} // namespace Http::HttpDate
