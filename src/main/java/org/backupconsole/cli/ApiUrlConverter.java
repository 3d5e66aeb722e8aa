package org.backupconsole.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.backupconsole.live.ApiUrl;

/** Checks {@code --api-url} while the command line is parsed, so a refused URL opens no window and sends nothing. */
public final class ApiUrlConverter implements ITypeConverter<ApiUrl> {

    @Override
    public ApiUrl convert(String value) {
        try {
            return ApiUrl.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
