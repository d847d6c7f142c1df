// Deployment texts. A county sets them at build time, e.g. VITE_HALL_NAME=某某县政务服务中心.

export const PRODUCT_NAME = '一窗通'
export const PRODUCT_SUBTITLE = '政务服务一体化平台'
export const HALL_NAME: string = import.meta.env.VITE_HALL_NAME || '青山县政务服务中心'
