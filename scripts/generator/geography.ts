/**
 * The real-ish map the generated story happens on: five Central Asian countries, their regions and
 * cities, with approximate centres ([longitude, latitude]) and local names. `weight` is how much
 * of the story a city draws; the busiest cities get the most buildings and events.
 */

/** A country, with its regions and their cities. */
export interface CountrySeed {
  id: string;
  name: string;
  localName: string;
  /** The local adjective used in actor names: "Kazakh" in "Kazakh National Guard". */
  adjective: string;
  centre: [number, number];
  regions: RegionSeed[];
}

/** A region (province, oblast) and its cities. */
export interface RegionSeed {
  id: string;
  name: string;
  localName?: string;
  centre: [number, number];
  cities: CitySeed[];
}

/** A city: where events cluster. */
export interface CitySeed {
  id: string;
  name: string;
  localName: string;
  centre: [number, number];
  weight: number;
}

const city = (
  id: string,
  name: string,
  localName: string,
  centre: [number, number],
  weight = 1,
): CitySeed => ({ id, name, localName, centre, weight });

/** The countries of the generated story, largest first. */
export const COUNTRIES: readonly CountrySeed[] = [
  {
    id: 'kazakhstan',
    name: 'Kazakhstan',
    localName: 'Қазақстан',
    adjective: 'Kazakh',
    centre: [66.9237, 48.0196],
    regions: [
      {
        id: 'almaty-region',
        name: 'Almaty Region',
        localName: 'Алматы облысы',
        centre: [77.5, 44.6],
        cities: [
          city('almaty', 'Almaty', 'Алматы', [76.9286, 43.2567], 10),
          city('taldykorgan', 'Taldykorgan', 'Талдықорған', [78.3736, 45.0156], 2),
          city('kaskelen', 'Kaskelen', 'Қаскелең', [76.6208, 43.1997]),
        ],
      },
      {
        id: 'mangystau-region',
        name: 'Mangystau Region',
        localName: 'Маңғыстау облысы',
        centre: [53.0, 44.2],
        cities: [
          city('aktau', 'Aktau', 'Ақтау', [51.1978, 43.6481], 5),
          city('zhanaozen', 'Zhanaozen', 'Жаңаөзен', [52.8033, 43.3412], 6),
        ],
      },
      {
        id: 'atyrau-region',
        name: 'Atyrau Region',
        localName: 'Атырау облысы',
        centre: [52.5, 47.2],
        cities: [city('atyrau', 'Atyrau', 'Атырау', [51.8833, 47.1167], 2)],
      },
      {
        id: 'akmola-region',
        name: 'Akmola Region',
        localName: 'Ақмола облысы',
        centre: [70.5, 51.9],
        cities: [
          city('astana', 'Astana', 'Астана', [71.4491, 51.1694], 6),
          city('kokshetau', 'Kokshetau', 'Көкшетау', [69.3883, 53.2833]),
        ],
      },
      {
        id: 'turkistan-region',
        name: 'Turkistan Region',
        localName: 'Түркістан облысы',
        centre: [68.6, 42.9],
        cities: [
          city('shymkent', 'Shymkent', 'Шымкент', [69.5901, 42.3417], 4),
          city('turkistan', 'Turkistan', 'Түркістан', [68.2514, 43.2973]),
        ],
      },
      {
        id: 'karaganda-region',
        name: 'Karaganda Region',
        localName: 'Қарағанды облысы',
        centre: [73.5, 48.5],
        cities: [
          city('karaganda', 'Karaganda', 'Қарағанды', [73.0997, 49.8047], 2),
          city('temirtau', 'Temirtau', 'Теміртау', [72.9647, 50.0547]),
        ],
      },
      {
        id: 'zhambyl-region',
        name: 'Zhambyl Region',
        localName: 'Жамбыл облысы',
        centre: [72.0, 44.0],
        cities: [city('taraz', 'Taraz', 'Тараз', [71.3667, 42.9], 3)],
      },
      {
        id: 'kyzylorda-region',
        name: 'Kyzylorda Region',
        localName: 'Қызылорда облысы',
        centre: [64.0, 45.0],
        cities: [city('kyzylorda', 'Kyzylorda', 'Қызылорда', [65.5092, 44.8528], 2)],
      },
      {
        id: 'aktobe-region',
        name: 'Aktobe Region',
        localName: 'Ақтөбе облысы',
        centre: [58.0, 48.5],
        cities: [city('aktobe', 'Aktobe', 'Ақтөбе', [57.1667, 50.2833], 2)],
      },
      {
        id: 'west-kazakhstan-region',
        name: 'West Kazakhstan Region',
        localName: 'Батыс Қазақстан облысы',
        centre: [51.0, 50.0],
        cities: [city('oral', 'Oral', 'Орал', [51.3667, 51.2333])],
      },
      {
        id: 'east-kazakhstan-region',
        name: 'East Kazakhstan Region',
        localName: 'Шығыс Қазақстан облысы',
        centre: [82.5, 49.0],
        cities: [
          city('oskemen', 'Oskemen', 'Өскемен', [82.6058, 49.9483]),
          city('semey', 'Semey', 'Семей', [80.2275, 50.4111]),
        ],
      },
      {
        id: 'pavlodar-region',
        name: 'Pavlodar Region',
        localName: 'Павлодар облысы',
        centre: [76.0, 52.0],
        cities: [
          city('pavlodar', 'Pavlodar', 'Павлодар', [76.95, 52.3]),
          city('ekibastuz', 'Ekibastuz', 'Екібастұз', [75.3226, 51.7237]),
        ],
      },
      {
        id: 'kostanay-region',
        name: 'Kostanay Region',
        localName: 'Қостанай облысы',
        centre: [63.5, 51.5],
        cities: [city('kostanay', 'Kostanay', 'Қостанай', [63.6246, 53.2144])],
      },
    ],
  },
  {
    id: 'kyrgyzstan',
    name: 'Kyrgyzstan',
    localName: 'Кыргызстан',
    adjective: 'Kyrgyz',
    centre: [74.7661, 41.2044],
    regions: [
      {
        id: 'chuy-region',
        name: 'Chüy Region',
        localName: 'Чүй облусу',
        centre: [74.5, 42.6],
        cities: [
          city('bishkek', 'Bishkek', 'Бишкек', [74.5698, 42.8746], 7),
          city('tokmok', 'Tokmok', 'Токмок', [75.2906, 42.8419]),
        ],
      },
      {
        id: 'osh-region',
        name: 'Osh Region',
        localName: 'Ош облусу',
        centre: [73.3, 40.0],
        cities: [city('osh', 'Osh', 'Ош', [72.7985, 40.5283], 3)],
      },
      {
        id: 'jalal-abad-region',
        name: 'Jalal-Abad Region',
        localName: 'Жалал-Абад облусу',
        centre: [72.5, 41.3],
        cities: [city('jalal-abad', 'Jalal-Abad', 'Жалал-Абад', [72.9908, 40.9333])],
      },
      {
        id: 'batken-region',
        name: 'Batken Region',
        localName: 'Баткен облусу',
        centre: [70.8, 39.9],
        cities: [city('batken', 'Batken', 'Баткен', [70.8194, 40.0625], 2)],
      },
      {
        id: 'issyk-kul-region',
        name: 'Issyk-Kul Region',
        localName: 'Ысык-Көл облусу',
        centre: [77.9, 42.2],
        cities: [city('karakol', 'Karakol', 'Каракол', [78.3936, 42.4907])],
      },
    ],
  },
  {
    id: 'uzbekistan',
    name: 'Uzbekistan',
    localName: 'Oʻzbekiston',
    adjective: 'Uzbek',
    centre: [64.5853, 41.3775],
    regions: [
      {
        id: 'tashkent-region',
        name: 'Tashkent Region',
        localName: 'Toshkent viloyati',
        centre: [69.8, 41.2],
        cities: [
          city('tashkent', 'Tashkent', 'Toshkent', [69.2401, 41.2995], 7),
          city('chirchiq', 'Chirchiq', 'Chirchiq', [69.5822, 41.4689]),
        ],
      },
      {
        id: 'samarkand-region',
        name: 'Samarkand Region',
        localName: 'Samarqand viloyati',
        centre: [66.5, 39.7],
        cities: [city('samarkand', 'Samarkand', 'Samarqand', [66.9597, 39.6542], 2)],
      },
      {
        id: 'fergana-region',
        name: 'Fergana Region',
        localName: 'Fargʻona viloyati',
        centre: [71.5, 40.4],
        cities: [
          city('fergana', 'Fergana', 'Fargʻona', [71.7843, 40.3864], 2),
          city('kokand', 'Kokand', 'Qoʻqon', [70.9428, 40.5286]),
        ],
      },
      {
        id: 'andijan-region',
        name: 'Andijan Region',
        localName: 'Andijon viloyati',
        centre: [72.4, 40.8],
        cities: [city('andijan', 'Andijan', 'Andijon', [72.3442, 40.7821], 2)],
      },
      {
        id: 'bukhara-region',
        name: 'Bukhara Region',
        localName: 'Buxoro viloyati',
        centre: [63.8, 40.2],
        cities: [city('bukhara', 'Bukhara', 'Buxoro', [64.4286, 39.7747])],
      },
      {
        id: 'karakalpakstan',
        name: 'Karakalpakstan',
        localName: 'Qaraqalpaqstan',
        centre: [59.5, 43.5],
        cities: [
          city('nukus', 'Nukus', 'Nukus', [59.6103, 42.4531], 5),
          city('kungrad', 'Kungrad', 'Qoʻngʻirot', [58.8839, 43.0758], 2),
        ],
      },
    ],
  },
  {
    id: 'tajikistan',
    name: 'Tajikistan',
    localName: 'Тоҷикистон',
    adjective: 'Tajik',
    centre: [71.2761, 38.861],
    regions: [
      {
        id: 'republican-subordination',
        name: 'Districts of Republican Subordination',
        centre: [69.5, 38.8],
        cities: [city('dushanbe', 'Dushanbe', 'Душанбе', [68.7864, 38.5598], 4)],
      },
      {
        id: 'sughd-region',
        name: 'Sughd Region',
        localName: 'Вилояти Суғд',
        centre: [69.5, 39.9],
        cities: [
          city('khujand', 'Khujand', 'Хуҷанд', [69.6222, 40.2828], 2),
          city('isfara', 'Isfara', 'Исфара', [70.6253, 40.1264], 2),
        ],
      },
      {
        id: 'gorno-badakhshan',
        name: 'Gorno-Badakhshan',
        localName: 'Вилояти Мухтори Кӯҳистони Бадахшон',
        centre: [73.0, 38.3],
        cities: [city('khorog', 'Khorog', 'Хоруғ', [71.5531, 37.4897], 4)],
      },
      {
        id: 'khatlon-region',
        name: 'Khatlon Region',
        localName: 'Вилояти Хатлон',
        centre: [69.0, 37.8],
        cities: [
          city('bokhtar', 'Bokhtar', 'Бохтар', [68.78, 37.8364]),
          city('kulob', 'Kulob', 'Кӯлоб', [69.7845, 37.9146]),
        ],
      },
    ],
  },
  {
    id: 'turkmenistan',
    name: 'Turkmenistan',
    localName: 'Türkmenistan',
    adjective: 'Turkmen',
    centre: [59.5563, 38.9697],
    regions: [
      {
        id: 'ahal-region',
        name: 'Ahal Region',
        localName: 'Ahal welaýaty',
        centre: [58.5, 38.7],
        cities: [city('ashgabat', 'Ashgabat', 'Aşgabat', [58.3261, 37.96], 2)],
      },
      {
        id: 'lebap-region',
        name: 'Lebap Region',
        localName: 'Lebap welaýaty',
        centre: [63.5, 39.5],
        cities: [city('turkmenabat', 'Türkmenabat', 'Türkmenabat', [63.5786, 39.0733])],
      },
      {
        id: 'mary-region',
        name: 'Mary Region',
        localName: 'Mary welaýaty',
        centre: [62.0, 37.3],
        cities: [city('mary', 'Mary', 'Mary', [61.8333, 37.6])],
      },
    ],
  },
];
