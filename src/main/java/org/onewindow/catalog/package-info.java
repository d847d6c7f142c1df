/**
 * The handbook (受理事典): a versioned catalog of service items, their situations with standard materials, forms and
 * fill-in samples, approval steps as data, bundles (一件事一次办), the guidance alias layer and the hall services.
 * Edited as a draft, published as numbered versions that cases pin.
 */
@ApplicationModule(displayName = "受理事典", allowedDependencies = { "shared", "platform", "site" })
package org.onewindow.catalog;

import org.springframework.modulith.ApplicationModule;
