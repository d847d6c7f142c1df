package org.onewindow.escalation.internal;

/**
 * How the reply reached the citizen: 当面, 电话, 短信, 书面.
 */
public enum ReplyChannel {
	IN_PERSON, PHONE, SMS, WRITTEN
}
