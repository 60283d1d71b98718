// Can this runner's Docker provide the declared services? A daemon that answers is not
// enough: the service images are Linux images, and a daemon that runs Windows containers
// (GitHub's Windows runners) cannot start them. Then the run takes the fallback path, as if
// Docker were unavailable for the services, instead of failing every push on a pull that
// can never succeed. Pure.
import type { DockerProbe } from './docker-probe.js'
import type { ServicePlan } from './catalogue.js'

export interface ServiceHost {
  /** Docker can start the declared services: the primary path, and no conditional approval. */
  readonly canProvide: boolean
  /**
   * Why a Docker that answered cannot (or, on a Windows daemon, can) provide them, for the
   * summary and the report; undefined when Docker is simply available or unavailable.
   */
  readonly reason: string | undefined
}

/**
 * An image built for Windows containers, told by its name: the words Windows images are named
 * and tagged with (`mcr.microsoft.com/windows/servercore:ltsc2022`, `…/nanoserver`,
 * `org/postgres-windows:16`, `…:16-windowsservercore-ltsc2022`). The registry host is not read,
 * so a registry called windows-something does not make every image a Windows one.
 */
export function looksLikeWindowsImage(image: string): boolean {
  const parts = image.trim().toLowerCase().split('/')
  // A first part with a dot or a port, or `localhost`, is a registry host (Docker's own rule).
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift()
  return /windows|nanoserver|servercore|ltsc20\d\d/.test(parts.join('/'))
}

export function serviceHost(probe: DockerProbe, plan: ServicePlan): ServiceHost {
  if (!probe.available) return { canProvide: false, reason: undefined }
  if (probe.canRunLinuxImages) return { canProvide: true, reason: undefined }
  // Nothing declared: nothing to explain.
  if (plan.start.length === 0 && plan.skipped.length === 0) return { canProvide: false, reason: undefined }
  const daemon = probe.osType === '' ? 'a daemon that does not say which containers it runs' : `a daemon that runs ${probe.osType} containers`
  const images = plan.start.map(p => p.image)
  if (images.length > 0 && images.every(looksLikeWindowsImage)) {
    return { canProvide: true, reason: `Docker answered with ${daemon}, and service-images names Windows images for every service to start (${images.join(', ')}), so they were started.` }
  }
  const linux = plan.start.filter(p => !looksLikeWindowsImage(p.image)).map(p => `${p.spec.service} (${p.image})`)
  const what = linux.length > 0 ? `the Linux images of ${linux.join(', ')}` : 'the service images'
  return {
    canProvide: false,
    reason: `Docker answered with ${daemon}, which cannot run ${what}: no container was started, and the run was judged as if Docker were unavailable for the declared services. To start them on this runner, name Windows images for every one of them in service-images.`
  }
}
