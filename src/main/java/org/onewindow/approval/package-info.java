/**
 * 后台分类审批: an accepted case becomes tasks in the deciding departments' inboxes, following the situation's steps
 * as the handbook defines them (a bundle's members in parallel, group after group); claim, approve, return, reject;
 * the last step issues the result. The legal clock counts working days with its pauses (特别程序, 补正, 挂起) and
 * lights every case green, yellow or red for 电子监察.
 */
@ApplicationModule(displayName = "后台审批",
		allowedDependencies = { "shared", "platform", "site", "staff", "catalog", "acceptance", "license" })
package org.onewindow.approval;

import org.springframework.modulith.ApplicationModule;
