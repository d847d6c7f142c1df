/**
 * Queue and calling (叫号): ticket categories per site, tickets issued at the guide desk, the kiosk or on check-in of
 * an appointment, priority lanes (绿色通道) that never starve the normal queue, the counter workstation (call next,
 * recall, 过号, transfer, finish), live display boards with voice on every node, appointments with 错时延时 hours.
 */
@ApplicationModule(displayName = "叫号", allowedDependencies = { "shared", "platform", "site", "staff", "catalog" })
package org.onewindow.queue;

import org.springframework.modulith.ApplicationModule;
