/**
 * Implementation detail: Retrofit interfaces (one method per specification operation), the OkHttp
 * interceptor chain, error mapping and paging. Not API; may change without notice.
 */
package io.github.ghlplezi.ghl.internal;
