/**
 * zod's issues in plain Chinese for school staff: zod's own zh-CN locale still says "期望 string >=1 字符".
 * Messages a schema states itself (a refine's "日期须写成 2024-09-02") take precedence over this map.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '“是”或“否”(true / false)',
  array: '列表',
  object: '一组设置(对象)',
  null: '空值',
  undefined: '空缺',
};

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const quote = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

export function zhIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少这一项';
      return `应为${TYPE_NAMES[issue.expected] ?? '其他类型'},实际是${TYPE_NAMES[typeOf(issue.input)] ?? '其他类型'}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `应为 ${quote(issue.values[0])}` : `应为以下之一:${issue.values.map(quote).join('、')}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? '不能为空' : `至少 ${n} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? '至少要有 1 项' : `至少要有 ${n} 项`;
      return issue.inclusive ? `不能小于 ${n}` : `应大于 ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `最多 ${n} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${n} 项`;
      return issue.inclusive ? `不能大于 ${n}` : `应小于 ${n}`;
    }
    case 'not_multiple_of':
      return `应是 ${issue.divisor} 的整数倍`;
    case 'unrecognized_keys':
      return `有不认识的项:${issue.keys.join('、')}`;
    case 'invalid_format':
      return '格式不对';
    default:
      return '内容无效';
  }
}

/** For `schema.safeParse(data, ZH)`. */
export const ZH = { error: zhIssue } as const;
