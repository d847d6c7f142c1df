import { api } from './client'
import type { NewStaffRequest, Staff, StaffRequest } from './types'

export const listStaff = () => api.get<Staff[]>('/api/staff')
export const createStaff = (body: NewStaffRequest) => api.post<Staff>('/api/staff', body)
export const updateStaff = (id: number, body: StaffRequest) => api.put<Staff>(`/api/staff/${id}`, body)
export const setStaffPassword = (id: number, password: string) =>
  api.put<void>(`/api/staff/${id}/password`, { password })
export const unlockStaff = (id: number) => api.delete(`/api/staff/${id}/lock`)
