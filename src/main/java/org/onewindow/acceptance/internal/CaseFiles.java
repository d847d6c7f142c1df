package org.onewindow.acceptance.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.onewindow.acceptance.CaseStatus;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans of a case's materials (PDF, JPEG, PNG) in the platform's {@link FileStore}, attached to checklist lines. A
 * file is served only as part of its case, to staff whose data scope includes the case.
 */
@Service
@Transactional
public class CaseFiles {

	static final int MAX_FILES_PER_LINE = 20;

	private final CaseRepository cases;
	private final CaseAccess access;
	private final FileStore files;
	private final Clock clock;

	CaseFiles(CaseRepository cases, CaseAccess access, FileStore files, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.files = files;
		this.clock = clock;
	}

	/** While the case is alive at the front desk or in the back office, scans may be added. */
	static final Set<CaseStatus> UPLOAD_STATUSES = Set.of(CaseStatus.DRAFT, CaseStatus.PENDING_SUPPLEMENT,
			CaseStatus.IN_APPROVAL, CaseStatus.APPROVAL_SUPPLEMENT);

	/** Stores an upload and attaches it to a line; the name is kept for display only. */
	public StoredFile upload(long caseId, int line, String originalName, InputStream content) {
		var c = access.workable(caseId, null);
		c.require("上传扫描件", UPLOAD_STATUSES.toArray(CaseStatus[]::new));
		access.requireNotInTransit(c);
		var material = cases.materials(caseId)
			.stream()
			.filter(m -> m.line() == line)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("acceptance.material-line-unknown", line, c.caseNumber()));
		if (material.fileIds().size() >= MAX_FILES_PER_LINE) {
			throw DomainException.unprocessable("acceptance.too-many-files", material.name(), MAX_FILES_PER_LINE);
		}
		StoredFile stored = files.store(originalName, content);
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.addFile(caseId, line, stored.id(), actor.staffId(), now);
		cases.event(caseId, "FILE", "第" + line + "项“" + material.name() + "”上传扫描件：" + stored.originalName(),
				actor.staffId(), actor.name(), false, now);
		return stored;
	}

	/** A file of a case, with its content. */
	public record Download(StoredFile file, InputStream content) {
	}

	@Transactional(readOnly = true)
	public Download open(long caseId, long fileId) {
		var c = access.visible(caseId);
		boolean ours = cases.materials(c.id()).stream().anyMatch(m -> m.fileIds().contains(fileId));
		var file = ours ? files.find(fileId) : java.util.Optional.<StoredFile>empty();
		var found = file.orElseThrow(() -> DomainException.notFound("acceptance.file-not-found", fileId,
				c.caseNumber()));
		return new Download(found, files.open(found));
	}
}
