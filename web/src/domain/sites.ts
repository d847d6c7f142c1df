import type { Site, SiteLevel } from '@/api/types'

export const SITE_LEVEL_LABELS: Record<SiteLevel, string> = {
  COUNTY: '县级政务服务中心',
  TOWN: '镇（街道）便民服务中心',
  VILLAGE: '村（社区）便民服务站',
}

export const SITE_LEVEL_SHORT: Record<SiteLevel, string> = {
  COUNTY: '县',
  TOWN: '镇',
  VILLAGE: '村',
}

/** The level a child of a site of the given level has. */
export const CHILD_LEVEL: Record<SiteLevel, SiteLevel | null> = {
  COUNTY: 'TOWN',
  TOWN: 'VILLAGE',
  VILLAGE: null,
}

export interface SiteNode extends Site {
  children: SiteNode[]
}

/**
 * Builds the site tree. Sites whose parent is outside the user's scope become roots,
 * so a town administrator sees their town as the top of the tree.
 */
export function buildSiteTree(sites: readonly Site[]): SiteNode[] {
  const nodes = new Map<number, SiteNode>()
  for (const site of sites) nodes.set(site.id, { ...site, children: [] })
  const roots: SiteNode[] = []
  for (const site of sites) {
    const node = nodes.get(site.id)!
    const parent = site.parentId != null ? nodes.get(site.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
