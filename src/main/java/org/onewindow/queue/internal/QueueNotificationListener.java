package org.onewindow.queue.internal;

import org.onewindow.platform.NodeNotifications;
import org.springframework.stereotype.Component;

/**
 * Hands every notification on {@value QueueNotifications#CHANNEL}, from any node, to the boards connected here; after
 * the node's listening connection was lost and re-established every board refreshes.
 */
@Component
class QueueNotificationListener {

	QueueNotificationListener(NodeNotifications notifications, BoardHub hub) {
		notifications.listen(QueueNotifications.CHANNEL, hub::onNotification, hub::everythingChanged);
	}
}
