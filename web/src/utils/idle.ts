// A timer that fires once after a quiet period and starts again on every touch: the kiosk goes
// back to its welcome screen (and forgets what was typed) when nobody has touched it for a while.

export interface IdleTimer {
  /** Someone touched the screen: start counting again. */
  touch(): void
  /** Whole seconds left before it fires (0 once it has fired). */
  remaining(): number
  stop(): void
}

export function createIdleTimer(
  timeoutMs: number,
  onIdle: () => void,
  now: () => number = () => Date.now(),
): IdleTimer {
  let handle: ReturnType<typeof setTimeout> | null = null
  let deadline = 0
  let fired = false

  function arm(): void {
    if (handle !== null) clearTimeout(handle)
    fired = false
    deadline = now() + timeoutMs
    handle = setTimeout(() => {
      handle = null
      fired = true
      onIdle()
    }, timeoutMs)
  }

  arm()
  return {
    touch: arm,
    remaining: () => (fired ? 0 : Math.max(0, Math.ceil((deadline - now()) / 1000))),
    stop() {
      if (handle !== null) clearTimeout(handle)
      handle = null
    },
  }
}
