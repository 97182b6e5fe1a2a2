import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { normaliseForSearch } from '../../../domain/text.ts';

/**
 * Which passwords a person may choose. Length alone let "aaaaaaaaaa", "1234567890",
 * "password12" and the username itself through; zxcvbn-ts (MIT) estimates how many guesses a
 * password takes against its common-password lists, keyboard patterns, repeats, sequences,
 * dates and the person's own details, and we ask for score 3 ("safely unguessable" against an
 * online attack, ~10^8 guesses) or more. Its feedback is translated into Vietnamese here.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MIN_PASSWORD_SCORE = 3;

/**
 * Words of this product and country that a Vietnamese user reaches for and that the English
 * lists lack: they count as the person's own details do.
 */
const LOCAL_WORDS = [
  'matkhau',
  'mat khau',
  'kcn',
  'kcnhub',
  'khucongnghiep',
  'khukinhte',
  'banquanly',
  'bql',
  'quantri',
  'admin',
  'vietnam',
  'hanoi',
  'saigon',
  'hochiminh',
  'haiphong',
  'danang',
  'thaibinh',
  'hungyen',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'yeuanh',
  'nguyen',
  'tran',
  'pham',
];

const TRANSLATIONS = {
  warnings: {
    straightRow: 'Các phím liền nhau trên bàn phím rất dễ đoán.',
    keyPattern: 'Mẫu phím ngắn rất dễ đoán.',
    simpleRepeat: 'Ký tự lặp lại như "aaa" rất dễ đoán.',
    extendedRepeat: 'Cụm ký tự lặp lại như "abcabcabc" rất dễ đoán.',
    sequences: 'Dãy ký tự liên tiếp như "abc" hoặc "6543" rất dễ đoán.',
    recentYears: 'Các năm gần đây rất dễ đoán.',
    dates: 'Ngày tháng rất dễ đoán.',
    topTen: 'Đây là một trong những mật khẩu được dùng nhiều nhất.',
    topHundred: 'Đây là mật khẩu được dùng rất nhiều.',
    common: 'Đây là mật khẩu phổ biến.',
    similarToCommon: 'Mật khẩu này gần giống một mật khẩu phổ biến.',
    wordByItself: 'Một từ đơn lẻ rất dễ đoán.',
    namesByThemselves: 'Tên hoặc họ đứng riêng rất dễ đoán.',
    commonNames: 'Tên và họ phổ biến rất dễ đoán.',
    userInputs: 'Không nên dùng thông tin cá nhân hoặc tên của hệ thống, cơ quan.',
    pwned: 'Mật khẩu này đã bị lộ trong một vụ rò rỉ dữ liệu.',
  },
  suggestions: {
    l33t: 'Tránh thay chữ bằng số hoặc ký hiệu dễ đoán như "@" cho "a".',
    reverseWords: 'Tránh viết ngược các từ thông dụng.',
    allUppercase: 'Viết hoa một vài chữ, không phải tất cả.',
    capitalization: 'Viết hoa thêm vài chữ ngoài chữ đầu.',
    dates: 'Tránh ngày tháng và năm gắn với bạn.',
    recentYears: 'Tránh các năm gần đây.',
    associatedYears: 'Tránh các năm gắn với bạn.',
    sequences: 'Tránh dãy ký tự liên tiếp.',
    repeated: 'Tránh lặp lại từ và ký tự.',
    longerKeyboardPattern: 'Dùng mẫu phím dài hơn và đổi hướng gõ nhiều lần.',
    anotherWord: 'Thêm vài từ ít thông dụng.',
    useWords: 'Dùng nhiều từ, nhưng tránh các cụm từ thông dụng.',
    noNeed: 'Có thể tạo mật khẩu mạnh mà không cần ký hiệu, số hay chữ hoa.',
    pwned: 'Nếu bạn dùng mật khẩu này ở nơi khác, hãy đổi nó.',
  },
  timeEstimation: {
    ltSecond: 'dưới một giây',
    second: '{base} giây',
    seconds: '{base} giây',
    minute: '{base} phút',
    minutes: '{base} phút',
    hour: '{base} giờ',
    hours: '{base} giờ',
    day: '{base} ngày',
    days: '{base} ngày',
    month: '{base} tháng',
    months: '{base} tháng',
    year: '{base} năm',
    years: '{base} năm',
    centuries: 'hàng thế kỷ',
  },
};

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The estimator with its dictionaries, loaded when a password is first judged. */
function passwordEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, { adjacencyGraphs, dictionary }] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...dictionary, userInputs: LOCAL_WORDS },
      graphs: adjacencyGraphs,
      translations: TRANSLATIONS,
      useLevenshteinDistance: false,
      // The estimate's cost grows steeply with length (a 64-character hostile password took
      // ~100 ms, 32 characters ~20 ms): a password is judged by its first 32 characters, which
      // for a long passphrase already decide.
      maxLength: 32,
    });
  })();
  return estimator;
}

export interface PasswordVerdict {
  acceptable: boolean;
  /** 0 (guessed at once) … 4 (very strong). */
  score: number;
  /** Why it is weak and what to do, in Vietnamese; empty when acceptable. */
  advice: string;
}

/**
 * Judges a new password against common passwords, patterns and the person's own details
 * (username, full name, e-mail and its parts, the board's code and name).
 */
export async function judgePassword(
  password: string,
  personal: (string | null | undefined)[],
): Promise<PasswordVerdict> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      acceptable: false,
      score: 0,
      advice: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
    };
  }
  // A Vietnamese name is typed without its accents and spaces too: "Nguyễn Thị Hoa" → "nguyenthihoa".
  const inputs = personal
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .flatMap((value) => {
      const plain = normaliseForSearch(value);
      return [value, plain, plain.replace(/[\s@._-]+/g, ''), ...plain.split(/[\s@._-]+/)];
    })
    .filter((value) => value.length >= 3);
  const result = (await passwordEstimator()).check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return { acceptable: true, score: result.score, advice: '' };
  const reasons = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean);
  return {
    acceptable: false,
    score: result.score,
    advice: ['Mật khẩu quá dễ đoán.', ...reasons, 'Hãy dùng một cụm vài từ ít gặp, dài hơn.'].join(' '),
  };
}
