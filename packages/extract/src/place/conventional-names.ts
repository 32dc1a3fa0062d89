/**
 * Short names a region's own texts use that no rule derives from the full name: Xinjiang's
 * autonomous prefectures are 巴州, 博州, 克州 (the stems 巴音郭楞, 博尔塔拉, 克孜勒苏 shortened to
 * one character). 巴州 is also the stem of Sichuan's 巴州区, which a 巴中 text still reads as its own.
 */
export const CONVENTIONAL_NAMES: ReadonlyArray<readonly [fullName: string, ...forms: Array<string>]> = [
  ["巴音郭楞蒙古自治州", "巴州"],
  ["博尔塔拉蒙古自治州", "博州"],
  ["克孜勒苏柯尔克孜自治州", "克州"]
]
