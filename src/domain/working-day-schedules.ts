/**
 * The working-day schedules the Government announced for a year (lịch nghỉ lễ, Tết của cán bộ,
 * công chức, viên chức), shipped with KCN Hub as data. Each replaces the Labour Code default for
 * its year (one-stop-v1 "Working days"); a year set by staff or a data package replaces these in
 * turn. Days off may list the weekend days of a block (they change nothing); workdays are the
 * make-up Saturdays or Sundays (ngày làm bù).
 */

export interface AnnouncedSchedule {
  year: number;
  /** Days off, sorted (YYYY-MM-DD, Vietnam dates). */
  daysOff: readonly string[];
  /** Saturdays or Sundays that are working days, sorted. */
  workdays: readonly string[];
  /** Where the schedule comes from (Vietnamese first, English second). */
  note: string;
}

export const ANNOUNCED_SCHEDULES: readonly AnnouncedSchedule[] = [
  {
    year: 2025,
    daysOff: [
      '2025-01-01',
      // Tết Ất Tỵ: thứ Bảy 25/1 – Chủ nhật 2/2/2025 (9 ngày)
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      // Giỗ Tổ Hùng Vương: thứ Hai 7/4/2025
      '2025-04-07',
      // 30/4 – 1/5: thứ Tư 30/4 – Chủ nhật 4/5/2025; thứ Sáu 2/5 nghỉ bù, làm bù thứ Bảy 26/4
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      // Quốc khánh: thứ Bảy 30/8 – thứ Ba 2/9/2025
      '2025-08-30',
      '2025-08-31',
      '2025-09-01',
      '2025-09-02',
    ],
    workdays: ['2025-04-26'],
    note:
      'Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức theo thông báo của Chính phủ ' +
      '(Tết 25/1–2/2; Giỗ Tổ 7/4; 30/4–4/5, nghỉ thứ Sáu 2/5 và làm bù thứ Bảy 26/4; Quốc khánh 30/8–2/9). ' +
      'The Government’s announced 2025 schedule for civil servants (Tết 25/1–2/2; Hùng Kings 7/4; ' +
      '30/4–4/5 with Friday 2/5 off in exchange for Saturday 26/4, a working day; National Day 30/8–2/9).',
  },
  {
    year: 2026,
    daysOff: [
      '2026-01-01',
      // Tết Bính Ngọ: thứ Bảy 14/2 – Chủ nhật 22/2/2026 (27 tháng Chạp – mùng 6, 9 ngày)
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      // Giỗ Tổ Hùng Vương (10/3 âm lịch) rơi vào Chủ nhật 26/4 → nghỉ bù thứ Hai 27/4/2026
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      // Quốc khánh 2/9 và một ngày liền kề: 1/9 (mặc định của KCN Hub)
      '2026-09-01',
      '2026-09-02',
    ],
    workdays: [],
    note:
      'Lịch nghỉ lễ, Tết năm 2026 theo thông báo của Chính phủ (Tết 14/2–22/2; Giỗ Tổ Chủ nhật 26/4, nghỉ bù ' +
      'thứ Hai 27/4; 30/4 và 1/5). Ngày liền kề Quốc khánh 2/9 lấy mặc định 1/9 cho đến khi Chính phủ công bố — ' +
      'khi đó đặt lại lịch năm 2026. The Government’s announced 2026 schedule (Tết 14/2–22/2; Hùng Kings on ' +
      'Sunday 26/4, Monday 27/4 off; 30/4 and 1/5). The day adjacent to National Day 2/9 is KCN Hub’s default ' +
      '1/9 until the Government names it — then set the 2026 schedule as data.',
  },
];

/**
 * The two lunar holidays of the Labour Code by the VIETNAMESE calendar (UTC+7), 1990–2200: each
 * line is `year, mùng 1 Tết (MM-DD), Giỗ Tổ Hùng Vương 10/3 âm lịch (MM-DD)`. Tết is New Year's Eve
 * (the day before mùng 1) and mùng 1–4.
 *
 * Generated from the `date-holidays` library (3.37.0, its Vietnamese calendar via date-chinese and
 * astronomia) and checked against it for every year by src/domain/lunar-reference.test.ts, which
 * prints the line to paste when they differ; 2024–2049 are also pinned by the reference table of
 * domain-next.md (a second, independent implementation). Kept as data because computing the lunar
 * calendar costs 10–40 ms a year and the library adds about 240 KB (gzip) to a web bundle.
 * Known disagreement with Hồ Ngọc Đức's algorithm: Hùng Kings 2050 (31/3 here, 1/4 there) and 2083
 * (25/4 here, 26/4 there) — set those years' schedules as data when the Government announces them.
 */
export const LUNAR_HOLIDAY_TABLE = `
1990 01-27 04-05
1991 02-15 04-24
1992 02-04 04-12
1993 01-23 04-01
1994 02-10 04-20
1995 01-31 04-09
1996 02-19 04-27
1997 02-07 04-16
1998 01-28 04-06
1999 02-16 04-25
2000 02-05 04-14
2001 01-24 04-03
2002 02-12 04-22
2003 02-01 04-11
2004 01-22 04-28
2005 02-09 04-18
2006 01-29 04-07
2007 02-17 04-26
2008 02-07 04-15
2009 01-26 04-04
2010 02-14 04-23
2011 02-03 04-12
2012 01-23 03-31
2013 02-10 04-19
2014 01-31 04-09
2015 02-19 04-28
2016 02-08 04-16
2017 01-28 04-06
2018 02-16 04-25
2019 02-05 04-14
2020 01-25 04-02
2021 02-12 04-21
2022 02-01 04-10
2023 01-22 04-29
2024 02-10 04-18
2025 01-29 04-07
2026 02-17 04-26
2027 02-06 04-16
2028 01-26 04-04
2029 02-13 04-23
2030 02-02 04-12
2031 01-23 04-01
2032 02-11 04-19
2033 01-31 04-09
2034 02-19 04-28
2035 02-08 04-17
2036 01-28 04-06
2037 02-15 04-24
2038 02-04 04-13
2039 01-24 04-03
2040 02-12 04-20
2041 02-01 04-10
2042 01-22 04-29
2043 02-10 04-19
2044 01-30 04-07
2045 02-17 04-26
2046 02-06 04-15
2047 01-26 04-04
2048 02-14 04-22
2049 02-02 04-11
2050 01-23 03-31
2051 02-11 04-20
2052 02-01 04-09
2053 02-18 04-28
2054 02-08 04-17
2055 01-28 04-06
2056 02-15 04-24
2057 02-04 04-13
2058 01-24 04-02
2059 02-12 04-21
2060 02-02 04-10
2061 01-21 03-31
2062 02-09 04-19
2063 01-29 04-08
2064 02-17 04-26
2065 02-05 04-15
2066 01-26 04-04
2067 02-14 04-23
2068 02-03 04-11
2069 01-23 04-01
2070 02-11 04-20
2071 01-31 04-09
2072 02-19 04-27
2073 02-07 04-16
2074 01-27 04-05
2075 02-15 04-24
2076 02-05 04-13
2077 01-24 04-02
2078 02-12 04-21
2079 02-02 04-11
2080 01-22 03-30
2081 02-09 04-18
2082 01-29 04-07
2083 02-17 04-25
2084 02-06 04-14
2085 01-26 04-03
2086 02-14 04-22
2087 02-03 04-12
2088 01-24 04-01
2089 02-10 04-20
2090 01-30 04-09
2091 02-18 04-28
2092 02-07 04-16
2093 01-27 04-05
2094 02-15 04-24
2095 02-05 04-13
2096 01-25 04-02
2097 02-12 04-21
2098 02-01 04-11
2099 01-21 04-29
2100 02-09 04-18
2101 01-29 04-08
2102 02-17 04-26
2103 02-07 04-16
2104 01-28 04-04
2105 02-15 04-23
2106 02-04 04-13
2107 01-24 04-02
2108 02-12 04-20
2109 01-31 04-08
2110 02-19 04-27
2111 02-08 04-17
2112 01-29 04-06
2113 02-16 04-25
2114 02-06 04-15
2115 01-26 04-04
2116 02-14 04-22
2117 02-02 04-11
2118 01-22 03-31
2119 02-10 04-19
2120 01-30 04-07
2121 02-17 04-26
2122 02-07 04-16
2123 01-27 04-05
2124 02-15 04-23
2125 02-03 04-13
2126 01-23 04-02
2127 02-11 04-21
2128 02-01 04-09
2129 02-19 04-28
2130 02-08 04-17
2131 01-29 04-07
2132 02-17 04-25
2133 02-05 04-14
2134 01-25 04-04
2135 02-13 04-22
2136 02-02 04-10
2137 01-22 04-29
2138 02-10 04-19
2139 01-30 04-08
2140 02-18 04-26
2141 02-07 04-16
2142 01-27 04-05
2143 02-15 04-24
2144 02-04 04-12
2145 01-23 04-01
2146 02-11 04-20
2147 02-01 04-09
2148 01-21 04-27
2149 02-08 04-17
2150 01-29 04-07
2151 02-16 04-26
2152 02-05 04-14
2153 01-24 04-03
2154 02-12 04-22
2155 02-02 04-10
2156 01-23 03-30
2157 02-10 04-17
2158 01-30 04-08
2159 02-18 04-27
2160 02-07 04-16
2161 01-26 04-05
2162 02-14 04-23
2163 02-03 04-12
2164 01-24 04-01
2165 02-11 04-20
2166 02-01 04-09
2167 02-20 04-28
2168 02-09 04-17
2169 01-28 04-06
2170 02-16 04-25
2171 02-05 04-14
2172 01-25 04-02
2173 02-12 04-21
2174 02-02 04-11
2175 01-22 03-31
2176 02-11 04-18
2177 01-30 04-08
2178 02-18 04-27
2179 02-07 04-16
2180 01-27 04-04
2181 02-14 04-23
2182 02-03 04-12
2183 01-24 04-02
2184 02-12 04-20
2185 01-31 04-09
2186 01-21 04-28
2187 02-08 04-18
2188 01-28 04-06
2189 02-15 04-25
2190 02-05 04-14
2191 01-25 04-03
2192 02-13 04-20
2193 02-02 04-11
2194 01-22 03-31
2195 02-10 04-19
2196 01-30 04-07
2197 02-17 04-26
2198 02-06 04-15
2199 01-26 04-05
2200 02-15 04-23
`;
