import 'vue-router'
import type { Role } from '@/api/types'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (Chinese), also used for document.title. */
    title?: string
    /** Reachable without signing in. */
    public?: boolean
    /** Roles that may open the page; absent = every signed-in user. */
    roles?: readonly Role[]
    /** The menu entry to highlight when the page itself is not in the menu (a detail page). */
    menu?: string
    /** The title in the header of the public phone pages (GuideLayout), 办事指南 when absent. */
    brand?: string
    /** A citizen's page (网上办): needs the phone sign-in, not the staff login (goes with public). */
    citizen?: boolean
    /** The hint next to the print button of a print page (A4 portrait when absent). */
    printTip?: string
  }
}
