import type { Light } from '@/api/evaluation'

export const LIGHTS: Record<Light, { label: string; type: 'success' | 'warning' | 'danger' | 'info' }> = {
  GREEN: { label: '绿灯', type: 'success' },
  YELLOW: { label: '黄灯（已用时 2/3）', type: 'warning' },
  RED: { label: '红灯（已超期）', type: 'danger' },
  NONE: { label: '已办结', type: 'info' },
}
