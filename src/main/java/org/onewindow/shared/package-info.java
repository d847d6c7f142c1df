/**
 * Value objects for the regulated codes used across the hall (no Spring, no I/O).
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享值对象",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onewindow.shared;
