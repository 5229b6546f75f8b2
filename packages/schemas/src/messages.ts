// Field-error messages in both locales, keyed by stable error codes. Templates interpolate only
// limits such as {min} — never the value that failed, so no personal data reaches a message.
import type { LocalisedText } from './locale.js';

export const fieldErrorMessages = {
  required: { 'zh-CN': '此项为必填项', en: 'This field is required' },
  invalid_type: { 'zh-CN': '此项的类型不正确', en: 'This field has the wrong type' },
  too_short: { 'zh-CN': '至少需要 {min} 个字符', en: 'Must be at least {min} characters' },
  too_long: { 'zh-CN': '最多 {max} 个字符', en: 'Must be at most {max} characters' },
  too_few: { 'zh-CN': '至少选择 {min} 项', en: 'Choose at least {min}' },
  too_many: { 'zh-CN': '最多选择 {max} 项', en: 'Choose at most {max}' },
  too_small: { 'zh-CN': '不能小于 {min}', en: 'Must be at least {min}' },
  too_big: { 'zh-CN': '不能大于 {max}', en: 'Must be at most {max}' },
  not_integer: { 'zh-CN': '请输入整数', en: 'Must be a whole number' },
  invalid_value: { 'zh-CN': '请从给定选项中选择', en: 'Choose one of the given options' },
  invalid_format: { 'zh-CN': '格式不正确', en: 'The format is not valid' },
  invalid_date: { 'zh-CN': '请输入有效日期（YYYY-MM-DD）', en: 'Enter a valid date (YYYY-MM-DD)' },
  invalid_datetime: { 'zh-CN': '请输入有效的日期时间', en: 'Enter a valid date and time' },
  invalid_url: { 'zh-CN': '请输入有效的网址', en: 'Enter a valid web address' },
  unrecognized_keys: { 'zh-CN': '包含无法识别的字段', en: 'Contains fields that are not recognised' },
  invalid: { 'zh-CN': '此项无效', en: 'This value is not valid' },
  citizen_id_length: { 'zh-CN': '身份证号码应为 18 位', en: 'A citizen ID number has 18 characters' },
  citizen_id_legacy: {
    'zh-CN': '这是 15 位的旧身份证号码，请填写 18 位的新号码',
    en: 'This is an old 15-digit ID number; please enter the 18-digit number',
  },
  citizen_id_characters: {
    'zh-CN': '身份证号码只能包含数字，最后一位可以是 X',
    en: 'A citizen ID number has only digits, and the last may be X',
  },
  citizen_id_region: {
    'zh-CN': '身份证号码的地区码不正确',
    en: 'The region code of this ID number is not valid',
  },
  citizen_id_date: {
    'zh-CN': '身份证号码中的出生日期不存在',
    en: 'The birth date in this ID number does not exist',
  },
  citizen_id_future_date: {
    'zh-CN': '身份证号码中的出生日期晚于今天',
    en: 'The birth date in this ID number is in the future',
  },
  citizen_id_check_digit: {
    'zh-CN': '身份证号码校验位不正确，请核对是否输错',
    en: 'The check digit does not match; please check the number for typos',
  },
  credit_code_length: {
    'zh-CN': '统一社会信用代码应为 18 位',
    en: 'A unified social credit code has 18 characters',
  },
  credit_code_characters: {
    'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）',
    en: 'A unified social credit code has only digits and capital letters other than I, O, S, V, Z',
  },
  credit_code_check_digit: {
    'zh-CN': '统一社会信用代码校验位不正确',
    en: 'The check character of this credit code does not match',
  },
  mobile_format: {
    'zh-CN': '请输入 11 位中国大陆手机号码',
    en: 'Enter an 11-digit mainland China mobile number',
  },
  occupation_code_format: {
    'zh-CN': '职业编码格式应为 N-NN-NN-NN',
    en: 'An occupation code has the form N-NN-NN-NN',
  },
  range_order: { 'zh-CN': '最小值不能大于最大值', en: 'The minimum cannot be greater than the maximum' },
  date_order: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  seats_exceed_capacity: { 'zh-CN': '剩余名额不能超过容量', en: 'Seats left cannot exceed the capacity' },
} as const satisfies Record<string, LocalisedText>;

export type FieldErrorCode = keyof typeof fieldErrorMessages;

export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && Object.hasOwn(fieldErrorMessages, code);
}
