package org.onewindow.staff.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends CrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	@Query("select * from sf_account where site_id = any(:siteIds) order by site_id, username")
	List<Account> findBySiteIds(@Param("siteIds") Long[] siteIds);
}
