/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Name of the county's government service center shown on the login page. */
  readonly VITE_HALL_NAME?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
