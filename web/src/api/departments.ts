import { api, type RequestOptions } from './client'
import type { Department, DepartmentRequest } from './types'

export const listDepartments = (opts?: Pick<RequestOptions, 'silent'>) => api.get<Department[]>('/api/departments', opts)
export const createDepartment = (body: DepartmentRequest) => api.post<Department>('/api/departments', body)
export const updateDepartment = (id: number, body: DepartmentRequest) =>
  api.put<Department>(`/api/departments/${id}`, body)
